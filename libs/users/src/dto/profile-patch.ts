import { ProfilePatch } from '@app/accounts';
import { EditSelfDto } from './profile.dto';

/** The contract's profile fields, as the core names them (userName is the nickname, usersexName the sex). */
export function profilePatchOf(body: EditSelfDto): ProfilePatch {
  return {
    nickname: body.userName,
    sex: body.usersexName,
    birthday: body.birthday,
    address: body.address,
    position: body.professional,
  };
}
