import JuryCore; import JuryStore; import TerminalKit; import JuryApp
print("jurydesk: not yet built")
