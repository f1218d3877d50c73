using System.Text;
using System.Text.Json;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>One HTTP exchange: status (0 when the request itself failed), body, and how long it took in Stopwatch ticks.</summary>
public readonly record struct ApiAnswer(int Status, byte[] Body, long Ticks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Text => Encoding.UTF8.GetString(Body);

    public T Read<T>() =>
        JsonSerializer.Deserialize<T>(Body, Json) ?? throw new InvalidDataException($"expected a {typeof(T).Name}, got: {Text}");
}
