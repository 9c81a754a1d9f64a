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
import { GetAccountAsAdmin, ListAccounts, UpdateAccountAsAdmin } from './admin.use-cases';
import { ChangeEmail, ChangePhone } from './change-contact.use-cases';
import { ChangePassword } from './change-password.use-case';
import { ChangeUsername } from './change-username.use-case';
import { CompleteProfile } from './complete-profile.use-case';
import { ConfirmSessionHolder } from './confirm-session-holder.use-case';
import { DeleteAccount } from './delete-account.use-case';
import { IssueLoginTicket } from './issue-login-ticket.use-case';
import { LinkWeChatAccount } from './link-wechat-account.use-case';
import { AuthenticateOAuthClient, CreateOAuthClient, DeleteOAuthClient, ListOAuthClients } from './oauth-clients.use-cases';
import { OAuthPasswordGrant, OAuthRefreshGrant } from './oauth-grants.use-cases';
import { InspectOAuthToken, RevokeOAuthToken } from './oauth-tokens.use-cases';
import { IntrospectSideToken } from './introspect-side-token.use-case';
import { GetAccountView, ReadStoredFile, UpdateProfile } from './profile.use-cases';
import { SetAvatar } from './set-avatar.use-case';
import { OpenSession } from './open-session.use-case';
import { RefreshSession } from './refresh-session.use-case';
import { RegisterAccount } from './register-account.use-case';
import { RenewAccessToken } from './renew-access-token.use-case';
import { ResetPassword } from './reset-password.use-case';
import { CheckVerificationCode, SendVerificationCode } from './send-verification-code.use-case';
import { EndSession, ListSessions, SignOut } from './sessions.use-cases';
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
