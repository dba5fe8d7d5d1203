return await Analytics.App.Cli.CliApp.RunAsync(args);
