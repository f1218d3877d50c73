using GridFlow.Testing;

namespace GridFlow.Server.Tests.Operations.Authorization;

/// <summary>
/// The expected answers, read from <c>authorization-matrix.md</c> beside this file: one row per operation and object,
/// one column per caller, each cell the exact status.
/// </summary>
public static class AuthorizationMatrix
{
    public const string Anonymous = "anonymous";

    public static string FilePath { get; } = Path.Combine(RepoPaths.Root, "tests", "GridFlow.Server.Tests", "Operations", "Authorization", "authorization-matrix.md");

    public static IReadOnlyList<MatrixRow> Rows { get; } = Read();

    private static List<MatrixRow> Read()
    {
        var table = File.ReadAllLines(FilePath).Where(l => l.StartsWith('|')).Select(Cells).ToList();
        var header = table[0];
        if (header[0] != "Operation" || header[1] != "Object")
        {
            throw new InvalidDataException($"{FilePath}: the table must start with | Operation | Object | and then one column per caller.");
        }

        var rows = new List<MatrixRow>();
        foreach (var cells in table.Skip(2))
        {
            if (cells.Length != header.Length)
            {
                throw new InvalidDataException($"{FilePath}: '{string.Join(" | ", cells)}' has {cells.Length} cells, the header {header.Length}.");
            }

            var expected = new Dictionary<string, int>();
            for (var i = 2; i < cells.Length; i++)
            {
                expected[header[i]] = int.Parse(cells[i]);
            }

            rows.Add(new MatrixRow(cells[0].Trim('`'), cells[1], expected));
        }

        return rows;
    }

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
}
