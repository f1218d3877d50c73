namespace GridFlow.Attachments.Contracts;

/// <summary>Lets form validation check that photo fields name real attachments.</summary>
public interface IAttachmentLookup
{
    /// <summary>The ids among <paramref name="ids"/> that do not exist (or are not photos).</summary>
    Task<IReadOnlyList<string>> FindMissingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}
