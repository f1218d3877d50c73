namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// How many issues stand at each stage, shuffled over the issues with a fixed seed. The inspectors' tasks come from
/// issues (a verify task for each issue past rectification, plus the reopen window of each closed one), so the stage
/// counts are chosen to give exactly <c>--tasks</c> of them: 30 % of those tasks' share closed (two tasks each), 40 %
/// verifying (one each). A sixth of the rest end at accept (rejected or transferred), a few wait there, the others are
/// being rectified.
/// </summary>
public static class StagePlan
{
    public static IssueStage[] Create(int issues, int inspectorTasks, Random random)
    {
        var closed = (int)(inspectorTasks * 0.3);
        var verifying = inspectorTasks - (2 * closed);
        var rejected = issues * 12 / 100;
        var transferred = issues * 5 / 100;
        var atAccept = issues * 3 / 100;
        var stages = new IssueStage[issues];
        var next = 0;
        foreach (var (stage, count) in new[]
                 {
                     (IssueStage.Closed, closed), (IssueStage.Verifying, verifying), (IssueStage.Rejected, rejected),
                     (IssueStage.Transferred, transferred), (IssueStage.AtAccept, atAccept),
                 })
        {
            stages.AsSpan(next, count).Fill(stage);
            next += count;
        }

        stages.AsSpan(next).Fill(IssueStage.Rectifying);
        random.Shuffle(stages);
        return stages;
    }

    /// <summary>
    /// How many days before the month's end an issue at this stage was found at the earliest: one still open was
    /// reported lately (a township does not leave half a month's issues unaccepted), a finished one any day.
    /// </summary>
    public static int EarliestDaysBeforeEnd(IssueStage stage, int days) => stage switch
    {
        IssueStage.AtAccept => 1,
        IssueStage.Rectifying => 6,
        IssueStage.Verifying => 5,
        _ => days,
    };
}
