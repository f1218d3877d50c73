namespace GridFlow.Contracts.Assessments;

/// <summary>Why a finished patrol does not count, one per broken part of the patrol rule.</summary>
public static class PatrolInvalidReasons
{
    public const string TooShort = "too-short";

    public const string TooLittleDistance = "too-little-distance";

    public const string OutsideGrid = "outside-grid";

    public const string TooFast = "too-fast";
}
