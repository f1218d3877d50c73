using GridFlow.Accounts.Sessions;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace GridFlow.Web.Authentication;

/// <summary>
/// An open page (a circuit) keeps the user it began with; this asks <see cref="SessionCheck"/> again every
/// <c>Console:RevalidateSeconds</c>, so a page left open after signing out elsewhere, a new password or a disabled
/// account turns to the sign-in page (with its own address to come back to) instead of working on.
/// </summary>
public sealed class RevalidatingSessionStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<ConsoleOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(options.Value.RevalidateSeconds);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (authenticationState.User.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var verdict = await scope.ServiceProvider.GetRequiredService<SessionCheck>().CheckAsync(authenticationState.User, cancellationToken);
        return verdict == SessionVerdict.Active;
    }
}
