namespace GridFlow.Workflows.Runtime.Timers;

/// <summary>How a card reads in the journal: the Chinese term the bureau uses, then the English one.</summary>
public static class EscalationCardNames
{
    public static string Describe(string? card, int level) => card switch
    {
        EscalationCards.Yellow => $"黄牌 yellow card, level {level}",
        EscalationCards.Red => $"红牌 red card, level {level}",
        EscalationCards.Interview => $"约谈 interview, level {level}",
        _ => $"{card} card, level {level}",
    };
}
