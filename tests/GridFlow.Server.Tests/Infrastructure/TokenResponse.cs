namespace GridFlow.Server.Tests.Infrastructure;

public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
