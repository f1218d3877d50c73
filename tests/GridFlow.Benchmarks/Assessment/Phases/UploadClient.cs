namespace GridFlow.Benchmarks.Assessment.Phases;

/// <summary>One upload client: a signed-in inspector account and the square of the grid it patrols.</summary>
public sealed record UploadClient(string UserName, string Token, Guid GridId, double MinLon, double MinLat, double MaxLon, double MaxLat);
