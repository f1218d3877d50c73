namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>How a generated request's body is sent.</summary>
public enum BodyKind
{
    None,

    /// <summary><see cref="FuzzRequest.Json"/>, serialised (<c>null</c> included).</summary>
    Json,

    /// <summary><see cref="FuzzRequest.Text"/> as it is, whatever it claims to be.</summary>
    Raw,

    /// <summary>A multipart form with <see cref="FuzzRequest.File"/> (or no file at all).</summary>
    Form,
}
