using GridFlow.Data.Auditing;
using GridFlow.Regions.Directory;

namespace GridFlow.Assessments.Apis;

/// <summary>What the scheme handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record SchemeServices(SchemeStore Store, RegionDirectory Regions, IAuditActor Actor);
