using GridFlow.Accounts.Sessions;
using Microsoft.Extensions.Logging;

namespace GridFlow.Accounts.SignIn;

/// <summary>
/// <c>POST /api/auth/login</c>: the throttle first (a waiting pair's password is not even checked), then the password,
/// then a new session. Every refusal looks the same to the caller; the log says which it was.
/// </summary>
public sealed partial class PasswordSignIn(
    LoginThrottle throttle, PasswordCheck passwords, SessionTokens sessions, UserManager<GridFlowUser> users, ILogger<PasswordSignIn> logger)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string clientAddress, CancellationToken cancellationToken)
    {
        var attempt = new LoginAttempt(clientAddress, users.NormalizeName(userName));
        var streak = await throttle.StreakAsync(attempt, cancellationToken);
        if (streak is { MustWait: true } waiting)
        {
            LogThrottled(logger, userName, clientAddress, waiting.Failures, waiting.Wait.TotalSeconds);
            return SignInOutcome.Throttled(waiting.Wait);
        }

        var (user, refusal) = await passwords.CheckAsync(userName, password);
        if (user is null)
        {
            await throttle.RecordFailureAsync(attempt, cancellationToken);
            LogRefused(logger, userName, clientAddress, refusal);
            return SignInOutcome.Refused;
        }

        if (streak is not null)
        {
            await throttle.ForgetAsync(attempt, cancellationToken);
        }

        return SignInOutcome.SignedIn(await sessions.StartAsync(user, cancellationToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in of {UserName} from {ClientAddress} throttled after {Failures} failures in a row: {WaitSeconds:0.#} s to wait")]
    private static partial void LogThrottled(ILogger logger, string userName, string clientAddress, int failures, double waitSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in of {UserName} from {ClientAddress} refused: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string userName, string clientAddress, PasswordRefusal? refusal);
}
