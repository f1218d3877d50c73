using GridFlow.Data.Entities;

namespace GridFlow.Workflows.Runtime.Directory;

public sealed record RegionEntry(Guid Id, string Code, string Name, RegionLevel Level, Guid? ParentId, string Path);
