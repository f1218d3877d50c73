namespace GridFlow.Server.Tests.Operations.Fuzzing;

/// <summary>The file of a generated multipart form: its field, file name, declared type and bytes.</summary>
public sealed record FormFilePart(string Field, string FileName, string ContentType, byte[] Content);
