namespace GridFlow.Benchmarks.Infrastructure;

/// <summary>The part of the login answer the benchmark needs (JSON <c>accessToken</c>).</summary>
public sealed record LoginResponse(string AccessToken);
