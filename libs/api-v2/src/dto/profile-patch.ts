import { ProfilePatch } from '@app/accounts';
import { ProfilePatchDto } from './me.dto';

/** v2's snake_case profile fields, as the core names them. */
export function profilePatchOf(body: ProfilePatchDto): ProfilePatch {
  return {
    nickname: body.nickname,
    sex: body.sex,
    birthday: body.birthday,
    address: body.address,
    position: body.position,
    company: body.company,
    department: body.department,
    internalPhone: body.internal_phone,
    description: body.description,
    website: body.website,
    location: body.location,
    avatarUrl: body.avatar_url,
  };
}
