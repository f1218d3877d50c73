namespace GridFlow.Accounts.SignIn;

/// <summary>Why a password check refused, for the log only: the caller gets the same answer for each.</summary>
public enum PasswordRefusal
{
    UnknownUser,
    WrongPassword,
    LockedOrDisabled,
    NotAllowed,
}
