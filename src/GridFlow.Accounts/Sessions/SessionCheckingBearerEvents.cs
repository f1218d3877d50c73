using Microsoft.Extensions.Logging;

namespace GridFlow.Accounts.Sessions;

/// <summary>
/// The per-request session check. Identity's bearer handler offers no "token validated" event (its only event comes
/// before it reads the token), so this reads the token as the handler would — same protector, same expiry rule — and
/// then either fails the request (401) because the session has ended, or hands the handler the ticket it just read, so
/// the token is unprotected once. A token this cannot read is left to the handler, which refuses it as before.
/// </summary>
public sealed partial class SessionCheckingBearerEvents(SessionCheck sessions, TimeProvider clock, ILogger<SessionCheckingBearerEvents> logger)
    : BearerTokenEvents
{
    private const string Prefix = "Bearer ";

    public override async Task MessageReceivedAsync(MessageReceivedContext context)
    {
        await base.MessageReceivedAsync(context);
        var authorization = context.Request.Headers.Authorization.ToString();
        if (context.Result is not null || !authorization.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return;
        }

        var ticket = context.Options.BearerTokenProtector.Unprotect(authorization[Prefix.Length..]);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
        {
            return;
        }

        var verdict = await sessions.CheckAsync(ticket.Principal, context.HttpContext.RequestAborted);
        if (verdict != SessionVerdict.Active)
        {
            LogRefused(logger, ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier), verdict);
            context.Fail($"The token's session no longer lets it in ({verdict}).");
            return;
        }

        context.Principal = ticket.Principal;
        context.Properties = ticket.Properties;
        context.Success();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Access token of user {UserId} refused: {Verdict}")]
    private static partial void LogRefused(ILogger logger, string? userId, SessionVerdict verdict);
}
