namespace GridFlow.Accounts.SignIn;

/// <summary>What a sign-in came to: the tokens, a wait imposed by the throttle, or a refusal (for any reason).</summary>
public sealed record SignInOutcome(AccessTokenResponse? Tokens, TimeSpan? RetryAfter)
{
    public static SignInOutcome Refused { get; } = new(null, null);

    public static SignInOutcome SignedIn(AccessTokenResponse tokens) => new(tokens, null);

    public static SignInOutcome Throttled(TimeSpan wait) => new(null, wait);
}
