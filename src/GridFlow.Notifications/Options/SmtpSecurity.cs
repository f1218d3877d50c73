namespace GridFlow.Notifications.Options;

/// <summary>How the SMTP connection is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text (a local mail catcher such as maildev).</summary>
    None,

    /// <summary>Plain connect, then STARTTLS, which must succeed.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on port 465, else STARTTLS when the server offers it.</summary>
    Auto,
}
