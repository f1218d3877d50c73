using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;

namespace GridFlow.Notifications.Rendering;

/// <summary>
/// Parses and renders notification templates with Fluid. Parsed templates are cached by their source text, so a
/// designer's edit takes effect with the next notification and an unchanged template is parsed once.
/// Output is plain text: nothing is HTML-encoded. A template runs at most <see cref="MaxSteps"/> steps and writes at
/// most <see cref="MaxOutputLength"/> characters: a loop over twenty million numbers stops at once instead of slowing
/// every notification behind it.
/// </summary>
public sealed class LiquidRenderer
{
    /// <summary>Steps (statements, loop iterations) one template may run; the shipped ones take a few dozen.</summary>
    public const int MaxSteps = 10_000;

    /// <summary>The longest subject or body a template may write.</summary>
    public const int MaxOutputLength = 64 * 1024;

    private const int MaxCached = 512;
    private static readonly FluidParser Parser = new();
    private static readonly BoundedRanges Ranges = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> cache = new(StringComparer.Ordinal);
    private readonly TemplateOptions options = CreateOptions();

    /// <summary>The parse error of a template source, or null when it parses.</summary>
    public static string? ParseError(string source) => Parser.TryParse(source, out _, out var error) ? null : error;

    public async Task<RenderedMessage> RenderAsync(TemplateText template, IReadOnlyDictionary<string, object?> values)
    {
        var context = new TemplateContext(options);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value is null ? NilValue.Instance : FluidValue.Create(value, options));
        }

        var subject = Bounded(await Parse(template.Subject).RenderAsync(context, NullEncoder.Default), "subject");
        var body = Bounded(await Parse(template.Body).RenderAsync(context, NullEncoder.Default), "body");
        // A subject is one header line: a template's stray line break must not end up in the mail header.
        return new RenderedMessage(string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), body);
    }

    /// <summary>What goes wrong when <paramref name="template"/> renders <paramref name="sample"/> (too many steps, too much text), or null.</summary>
    public async Task<string?> RenderErrorAsync(TemplateText template, IReadOnlyDictionary<string, object?> sample)
    {
        try
        {
            await RenderAsync(template, sample);
            return null;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("The maximum level of recursion", StringComparison.Ordinal))
        {
            // Fluid words its step limit as a recursion limit; templates here cannot include others, so it is the steps.
            return $"The template runs more than {MaxSteps} steps (statements and loop rounds).";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ex.Message;
        }
    }

    private static string Bounded(string text, string part) =>
        text.Length <= MaxOutputLength
            ? text
            : throw new InvalidOperationException($"The template's {part} would be {text.Length} characters long; at most {MaxOutputLength} are allowed.");

    private IFluidTemplate Parse(string source)
    {
        if (cache.TryGetValue(source, out var cached))
        {
            return cached;
        }

        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"The notification template does not parse: {error}");
        }

        if (cache.Count >= MaxCached)
        {
            cache.Clear();
        }

        return cache[source] = Ranges.VisitTemplate(template);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MaxSteps = MaxSteps };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.CamelCase;
        options.MemberAccessStrategy.Register<IssueModel>();
        options.MemberAccessStrategy.Register<TaskModel>();
        options.MemberAccessStrategy.Register<EscalationModel>();
        options.MemberAccessStrategy.Register<RecipientModel>();
        options.MemberAccessStrategy.Register<DigestIssueModel>();
        options.MemberAccessStrategy.Register<RunModel>();
        options.MemberAccessStrategy.Register<ResultModel>();
        return options;
    }
}
