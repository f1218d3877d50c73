namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>A signed-in demo account: its bearer token and the photo it attaches to every form that needs one.</summary>
public sealed record DemoUser(string UserName, string Token, string PhotoId);
