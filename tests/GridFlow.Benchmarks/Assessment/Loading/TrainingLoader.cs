using GridFlow.Benchmarks.Assessment.Province;
using GridFlow.Contracts.Assessments;
using Npgsql;
using NpgsqlTypes;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// Each county's month of study (a training on the 8th, a study session on the 15th, an exam on the 22nd) and each
/// city's training on the 18th, recorded by their supervisors, with attendance: about one inspector in ten misses each,
/// and exams have scores.
/// </summary>
public sealed class TrainingLoader(ProvinceLayout layout, ProvinceIds ids, AssessedMonth month)
{
    private const int Seed = 20261202;

    public async Task<(long Trainings, long Attendance)> LoadAsync(NpgsqlConnection connection)
    {
        var random = new Random(Seed);
        var trainings = new List<(Guid Id, string Kind, int FirstInspector, int Inspectors, DateTime HeldAt)>();
        await using (var writer = await connection.BeginBinaryImportAsync("""
            COPY trainings (id, title, kind, held_at, hours, region_id, region_path, trainer, recorded_by, created_at, attendance_updated_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            var perCounty = layout.GridsPerTownship * ProvinceLayout.TownshipsPerCounty;
            for (var county = 0; county < layout.Counties; county++)
            {
                foreach (var (kind, day, hours, title) in new[]
                         {
                             (TrainingKinds.Training, 7, 3.0, "大气污染防治执法业务培训"), (TrainingKinds.Study, 14, 2.0, "生态环境保护法律法规学习"),
                             (TrainingKinds.Exam, 21, 1.5, "网格员业务知识月度考试"),
                         })
                {
                    var held = month.DayStart(day).AddHours(1.5);   // 09:30 China time
                    var id = Guid.CreateVersion7(held);
                    await RowAsync(writer, id, title, kind, held, hours, ids.Counties[county], ProvinceLayout.CountyPath(county), ids.CountyUserIds[county]);
                    trainings.Add((id, kind, county * perCounty, perCounty, held));
                }
            }

            for (var city = 0; city < layout.Cities; city++)
            {
                var held = month.DayStart(17).AddHours(6);   // 14:00
                var id = Guid.CreateVersion7(held);
                await RowAsync(writer, id, "全市网格化监管工作培训", TrainingKinds.Training, held, 4, ids.Cities[city], ProvinceLayout.CityPath(city), ids.CityUserIds[city]);
                trainings.Add((id, TrainingKinds.Training, city * layout.GridsPerCity, layout.GridsPerCity, held));
            }

            await writer.CompleteAsync();
        }

        await using var attendance = await connection.BeginBinaryImportAsync("COPY training_attendance (training_id, inspector_id, score) FROM STDIN (FORMAT BINARY)");
        long rows = 0;
        foreach (var training in trainings)
        {
            for (var inspector = training.FirstInspector; inspector < training.FirstInspector + training.Inspectors; inspector++)
            {
                if (random.NextDouble() < 0.1)
                {
                    continue;   // absent
                }

                await attendance.StartRowAsync();
                await attendance.WriteAsync(training.Id, NpgsqlDbType.Uuid);
                await attendance.WriteAsync(ids.Inspectors[inspector], NpgsqlDbType.Uuid);
                await attendance.WriteOrNullAsync(training.Kind == TrainingKinds.Exam ? (double?)Math.Round(55 + (random.NextDouble() * 45), 1) : null, NpgsqlDbType.Double);
                rows++;
            }
        }

        await attendance.CompleteAsync();
        return (trainings.Count, rows);
    }

    private static async Task RowAsync(NpgsqlBinaryImporter writer, Guid id, string title, string kind, DateTime held, double hours, Guid regionId, string path, string recordedBy)
    {
        await writer.StartRowAsync();
        await writer.WriteAsync(id, NpgsqlDbType.Uuid);
        await writer.WriteAsync(title, NpgsqlDbType.Varchar);
        await writer.WriteAsync(kind, NpgsqlDbType.Varchar);
        await writer.WriteAsync(held, NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(hours, NpgsqlDbType.Double);
        await writer.WriteAsync(regionId, NpgsqlDbType.Uuid);
        await writer.WriteAsync(path, NpgsqlDbType.Varchar);
        await writer.WriteAsync("市生态环境执法支队", NpgsqlDbType.Varchar);
        await writer.WriteAsync(recordedBy, NpgsqlDbType.Varchar);
        await writer.WriteAsync(held.AddDays(-3), NpgsqlDbType.TimestampTz);
        await writer.WriteAsync(held.AddDays(1), NpgsqlDbType.TimestampTz);
    }
}
