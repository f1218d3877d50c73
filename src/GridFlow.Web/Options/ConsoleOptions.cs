using System.ComponentModel.DataAnnotations;

namespace GridFlow.Web.Options;

/// <summary>The web console's settings (section <c>Console</c>).</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>How long a console sign-in lasts without use; each request within the second half of it renews it (sliding).</summary>
    [Range(1, 7 * 24 * 60)]
    public int SessionMinutes { get; set; } = 8 * 60;

    /// <summary>
    /// How often an open page checks that its session still stands (not signed out elsewhere, no new password, not
    /// disabled): a page left open learns within this time that it must sign in again.
    /// </summary>
    [Range(1, 3600)]
    public int RevalidateSeconds { get; set; } = 60;

    /// <summary>How often the bell of an open page reads the unread count again.</summary>
    [Range(1, 3600)]
    public int BellRefreshSeconds { get; set; } = 15;

    /// <summary>How close to its due time an open task turns amber in the inbox ("due soon"); past it, red.</summary>
    [Range(1, 30 * 24)]
    public int DueSoonHours { get; set; } = 24;
}
