import { AccessTokens } from '../services/access-tokens';
import { AccountFiles } from '../services/account-files';
import { AccountFinder } from '../services/account-finder';
import { ContactTrust } from '../services/contact-trust';
import { LoginTickets } from '../services/login-tickets';
import { PasswordCheck } from '../services/password-check';
import { SessionIssuer } from '../services/session-issuer';
import { SignInGuard } from '../services/sign-in-guard';
import { SignInRecorder } from '../services/sign-in-recorder';
import { SmsBudget } from '../services/sms-budget';
import { TokenAuthenticator } from '../services/token-authenticator';
import { VerificationCodes } from '../services/verification-codes';
import { AuthenticateOAuthClient } from './authenticate-oauth-client.use-case';
import { ChangeEmail } from './change-email.use-case';
import { ChangePassword } from './change-password.use-case';
import { ChangePhone } from './change-phone.use-case';
import { ChangeUsername } from './change-username.use-case';
import { CheckVerificationCode } from './check-verification-code.use-case';
import { CompleteProfile } from './complete-profile.use-case';
import { ConfirmSessionHolder } from './confirm-session-holder.use-case';
import { CreateOAuthClient } from './create-oauth-client.use-case';
import { DeleteAccount } from './delete-account.use-case';
import { DeleteOAuthClient } from './delete-oauth-client.use-case';
import { EndSession } from './end-session.use-case';
import { GetAccountAsAdmin } from './get-account-as-admin.use-case';
import { GetAccountView } from './get-account-view.use-case';
import { InspectOAuthToken } from './inspect-oauth-token.use-case';
import { IntrospectSideToken } from './introspect-side-token.use-case';
import { IssueLoginTicket } from './issue-login-ticket.use-case';
import { LinkWeChatAccount } from './link-wechat-account.use-case';
import { ListAccounts } from './list-accounts.use-case';
import { ListOAuthClients } from './list-oauth-clients.use-case';
import { ListSessions } from './list-sessions.use-case';
import { OAuthPasswordGrant } from './oauth-password-grant.use-case';
import { OAuthRefreshGrant } from './oauth-refresh-grant.use-case';
import { OpenSession } from './open-session.use-case';
import { ReadStoredFile } from './read-stored-file.use-case';
import { RefreshSession } from './refresh-session.use-case';
import { RegisterAccount } from './register-account.use-case';
import { RenewAccessToken } from './renew-access-token.use-case';
import { ResetPassword } from './reset-password.use-case';
import { RevokeOAuthToken } from './revoke-oauth-token.use-case';
import { SendVerificationCode } from './send-verification-code.use-case';
import { SetAvatar } from './set-avatar.use-case';
import { SignInWithCode } from './sign-in-with-code.use-case';
import { RegisterAndSignIn } from './register-and-sign-in.use-case';
import { RegisterWithLoginTicket } from './register-with-login-ticket.use-case';
import { AccountRegistrar } from '../services/account-registrar';
import { PasswordChange } from '../services/password-change';
import { UsernameChange } from '../services/username-change';
import { SetCredentials } from './set-credentials.use-case';
import { CodeEntry } from '../services/code-entry';
import { SignInWithPassword } from './sign-in-with-password.use-case';
import { SignInWithSideTokens } from './sign-in-with-side-tokens.use-case';
import { SignInWithWeChat } from './sign-in-with-wechat.use-case';
import { SignOut } from './sign-out.use-case';
import { UpdateAccountAsAdmin } from './update-account-as-admin.use-case';
import { UpdateProfile } from './update-profile.use-case';

export const SERVICES = [
  AccessTokens,
  AccountFiles,
  AccountFinder,
  AccountRegistrar,
  CodeEntry,
  ContactTrust,
  LoginTickets,
  PasswordChange,
  PasswordCheck,
  SessionIssuer,
  SignInGuard,
  SignInRecorder,
  SmsBudget,
  TokenAuthenticator,
  UsernameChange,
  VerificationCodes,
];

export const USE_CASES = [
  AuthenticateOAuthClient,
  ChangeEmail,
  ChangePassword,
  ChangePhone,
  ChangeUsername,
  CheckVerificationCode,
  CompleteProfile,
  ConfirmSessionHolder,
  CreateOAuthClient,
  DeleteAccount,
  DeleteOAuthClient,
  EndSession,
  GetAccountAsAdmin,
  GetAccountView,
  InspectOAuthToken,
  IntrospectSideToken,
  IssueLoginTicket,
  LinkWeChatAccount,
  ListAccounts,
  ListOAuthClients,
  ListSessions,
  OAuthPasswordGrant,
  OAuthRefreshGrant,
  OpenSession,
  ReadStoredFile,
  RefreshSession,
  RegisterAccount,
  RenewAccessToken,
  ResetPassword,
  RevokeOAuthToken,
  SendVerificationCode,
  SetAvatar,
  SignInWithCode,
  RegisterAndSignIn,
  RegisterWithLoginTicket,
  SetCredentials,
  SignInWithPassword,
  SignInWithSideTokens,
  SignInWithWeChat,
  SignOut,
  UpdateAccountAsAdmin,
  UpdateProfile,
];
