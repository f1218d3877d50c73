namespace GridFlow.Notifications.Email;

/// <summary>Tells a refusal for good (never retried) from a failure worth retrying.</summary>
public static class SmtpFailures
{
    /// <summary>
    /// True for a 5xx reply to RCPT TO (the address does not exist, the mailbox is refused) or to the message itself
    /// (rejected as such). Everything else — no connection, a 4xx "try later", a timeout, a refused sender (our own
    /// configuration) — is transient: the mail waits and is tried again.
    /// </summary>
    public static bool IsPermanent(Exception exception) =>
        exception is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } command
        && (int)command.StatusCode >= 500;

    public static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode} {command.Message}",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
