" qdsl: comments start with #, two spaces per level of braces (the layout of qdsl fmt).
if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1
setlocal commentstring=#\ %s comments=:#
setlocal expandtab shiftwidth=2 softtabstop=2 tabstop=2
setlocal autoindent smartindent cinkeys-=0# indentkeys-=0#
let b:undo_ftplugin = 'setlocal commentstring< comments< expandtab< shiftwidth< softtabstop< tabstop< autoindent< smartindent<'
