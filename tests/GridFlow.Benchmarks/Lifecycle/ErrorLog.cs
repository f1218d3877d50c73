using System.Collections.Concurrent;
using System.Globalization;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>Counts unexpected answers of every phase and keeps the first few bodies, which say what went wrong.</summary>
public sealed class ErrorLog
{
    private const int MaxSamples = 5;
    private const int MaxBodyChars = 300;

    private readonly ConcurrentQueue<string> samples = new();
    private long count;

    public long Count => Interlocked.Read(ref count);

    public IEnumerable<string> Samples => samples;

    public void Add(string what, ApiAnswer answer)
    {
        var body = answer.Text;
        body = body.Length <= MaxBodyChars ? body : body[..MaxBodyChars] + "…";
        Note(string.Create(CultureInfo.InvariantCulture, $"{what}: {answer.Status} {body}"));
    }

    /// <summary>A wrong result that is not one HTTP answer (e.g. an issue whose first task never showed up).</summary>
    public void Note(string error)
    {
        Interlocked.Increment(ref count);
        if (samples.Count < MaxSamples)
        {
            samples.Enqueue(error);
        }
    }
}
