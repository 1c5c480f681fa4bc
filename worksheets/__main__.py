from worksheets.cli import main

main()
