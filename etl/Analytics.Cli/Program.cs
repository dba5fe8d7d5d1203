return await Analytics.Cli.CliApp.RunAsync(args);
