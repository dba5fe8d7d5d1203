return Analytics.Generator.GenerateCommand.Run(args);
