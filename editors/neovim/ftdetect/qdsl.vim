" qdsl: survey questionnaires as code. Files ending in .qdsl are qdsl.
autocmd BufRead,BufNewFile *.qdsl setfiletype qdsl
