namespace GridFlow.DemoData.Generation;

/// <summary>
/// Makes one inspector per grid. Names and phone numbers are unique across the city: a roster with two
/// 王伟 in one township is realistic but confusing in a demo.
/// </summary>
internal sealed class InspectorFactory
{
    private static readonly IReadOnlyList<string> MobilePrefixes =
        ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "157",
         "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188", "189"];

    private static readonly DateOnly FirstHire = new(2019, 1, 1);
    private static readonly DateOnly LastHire = new(2025, 12, 31);

    /// <summary>Probation lasts about six months, so inspectors on probation were hired late in 2025.</summary>
    private static readonly DateOnly FirstProbationHire = new(2025, 7, 1);

    private const double ProbationShare = 0.05;

    private readonly HashSet<string> names = [];
    private readonly HashSet<string> phones = [];

    public DemoInspector Create(string gridCode, SeededRandom random)
    {
        var probation = random.NextDouble() < ProbationShare;
        var first = probation ? FirstProbationHire : FirstHire;
        var hired = first.AddDays(random.Next(0, LastHire.DayNumber - first.DayNumber + 1));
        return new DemoInspector(
            UniqueName(random),
            UniquePhone(random),
            $"inspector.{gridCode.ToLowerInvariant()}@{DemoAccounts.EmailDomain}",
            probation ? InspectorStatus.Probation : InspectorStatus.Active,
            hired);
    }

    private string UniqueName(SeededRandom random)
    {
        while (true)
        {
            // Men's and women's characters are not mixed in one name (李涛莉 reads oddly); about a
            // third of given names have one character, the rest two.
            var characters = random.NextDouble() < 0.55 ? ChineseNames.MaleCharacters : ChineseNames.FemaleCharacters;
            var given = random.NextDouble() < 0.3
                ? random.Pick(characters)
                : random.Pick(characters) + random.Pick(characters);
            var name = random.Pick(ChineseNames.Surnames) + given;
            // Doubled characters (伟伟) are nicknames more than registered names.
            if ((given.Length == 1 || given[0] != given[1]) && names.Add(name))
            {
                return name;
            }
        }
    }

    private string UniquePhone(SeededRandom random)
    {
        while (true)
        {
            var phone = random.Pick(MobilePrefixes) + random.Next(0, 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            if (phones.Add(phone))
            {
                return phone;
            }
        }
    }
}
