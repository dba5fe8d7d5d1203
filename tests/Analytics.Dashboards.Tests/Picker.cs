using System.Text.Json.Nodes;

namespace Analytics.Dashboards.Tests;

/// <summary>The header picker's list as a built site holds it (assets/municipalities.js).</summary>
public static class Picker
{
    /// <summary>The picker's entries in their order: each municipality's name as shown and its page.</summary>
    public static List<(string Name, string Page)> Read(string site)
    {
        var script = File.ReadAllText(Path.Combine(site, "assets", "municipalities.js"));
        return JsonNode.Parse(script[(script.IndexOf("= [", StringComparison.Ordinal) + 2)..(script.LastIndexOf(']') + 1)])!.AsArray()
            .Select(m => (m![0]!.GetValue<string>(), m[1]!.GetValue<string>())).ToList();
    }
}
