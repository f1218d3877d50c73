using System.ComponentModel.DataAnnotations;

namespace GridFlow.Notifications.Options;

/// <summary>The mail server GridFlow sends through (section <c>Smtp</c>).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65_535)]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Signs in when set (with <see cref="Password"/>); otherwise sends without authentication.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "gridflow@localhost";

    [Required]
    public string FromName { get; set; } = "GridFlow 网格环境监管";

    /// <summary>Connect and command timeout.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}
