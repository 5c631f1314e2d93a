complete --keep-order --exclusive --command oa-rt --arguments "(COMPLETE=fish oa-rt -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
