namespace GridFlow.Data.Workflows.Management;

public static class DefinitionStatuses
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Retracted = "retracted";
}
