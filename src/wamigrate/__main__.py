from wamigrate.cli import main

raise SystemExit(main())
