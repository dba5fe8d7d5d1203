using Quartz;

namespace Analytics.App.Options;

/// <summary>
/// The settings whose wrong value would not fail but mislead (a threshold above every score makes every
/// diagnosed person deficient) or fail late and unreadably (a cron expression, inside the scheduler's
/// start): each refused at once as bad usage, naming its key, its value and what is expected.
/// </summary>
public static class SettingsCheck
{
    /// <summary><paramref name="expression"/> as the schedule of <paramref name="key"/>, or an error saying why it is none (Quartz's own words).</summary>
    public static string Cron(string key, string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return expression;
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"{key} = «{expression}» is not a Quartz cron expression: {e.Message} (every five minutes is «0 0/5 * * * ?», every day at 05:00 «0 0 5 * * ?»)");
        }
    }

    /// <summary>The deficit threshold: scores are 0–100, so a threshold outside (0, 100] counts every diagnosed person or none.</summary>
    public static double DeficitThreshold(double threshold) => threshold is > 0 and <= 100 ? threshold
        : throw new ArgumentException(FormattableString.Invariant($"Indicators:DeficitThreshold = {threshold} is outside 0–100: a score below it is a deficit, and scores run from 0 to 100"));

    /// <summary>The smallest published denominator: at least 1 (1 publishes every figure).</summary>
    public static int MinCell(int minCell) => minCell >= 1 ? minCell
        : throw new ArgumentException($"Privacy:MinCell = {minCell} is less than 1: it is the smallest group whose figures are published (default 5)");
}
