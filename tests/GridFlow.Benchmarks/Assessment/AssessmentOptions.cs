using GridFlow.Benchmarks.Infrastructure;

namespace GridFlow.Benchmarks.Assessment;

/// <summary>Sizes of the assessment benchmark; the defaults are issue 12's province (20,000 inspectors, one month).</summary>
public sealed record AssessmentOptions(
    int Cities, int InspectorsPerCity, int Issues, int Patrols, int Tasks, int Scorecards, int ScorecardConcurrency,
    int UploadSeconds, int UploadConcurrency)
{
    public static AssessmentOptions From(BenchmarkArgs args)
    {
        var options = new AssessmentOptions(
            args.GetPositiveInt("cities", 20),
            args.GetPositiveInt("inspectors-per-city", 1000),
            args.GetPositiveInt("issues", 170_000),
            args.GetPositiveInt("patrols", 400_000),
            args.GetPositiveInt("tasks", 60_000),
            args.GetPositiveInt("scorecards", 2000),
            args.GetPositiveInt("scorecard-concurrency", 4),
            args.GetPositiveInt("upload-seconds", 20),
            args.GetPositiveInt("upload-concurrency", 32));
        args.EnsureAllUsed();
        if (options.InspectorsPerCity % Province.ProvinceLayout.TownshipsPerCity != 0)
        {
            throw new BenchmarkUsageException(
                $"--inspectors-per-city must be a multiple of {Province.ProvinceLayout.TownshipsPerCity} (every township has as many grids), got {options.InspectorsPerCity}");
        }

        // Each closed issue gives its inspector two tasks (verify, reopen window), each one still verifying gives one.
        if (options.Tasks > options.Issues * 7 / 10)
        {
            throw new BenchmarkUsageException($"--tasks can be at most 70 % of --issues (inspectors' tasks come from issues), got {options.Tasks}");
        }

        if (options.UploadConcurrency > options.Inspectors)
        {
            throw new BenchmarkUsageException($"--upload-concurrency needs as many inspectors, got {options.UploadConcurrency}");
        }

        return options;
    }

    public int Inspectors => Cities * InspectorsPerCity;

    /// <summary>Untimed scorecard reads first: connections open, JIT warm.</summary>
    public int WarmupScorecards => Math.Min(Scorecards, 200);
}
