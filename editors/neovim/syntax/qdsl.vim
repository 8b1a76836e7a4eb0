" Vim syntax file for qdsl survey questionnaires (.qdsl). Keywords follow Sources/QDSLSyntax/TokenKind.swift.
if exists('b:current_syntax')
  finish
endif

syntax case match
syntax keyword qdslDeclaration survey module use include version languages title choices section repeat question grid calculate note end paradata
syntax keyword qdslPart text hint check rows specify description soft
syntax keyword qdslConditional if else
syntax keyword qdslRepeat for each while
syntax keyword qdslType integer decimal date time datetime one many rank of max
syntax keyword qdslModifier required exclusive missing fixed shuffle default
" `contains` must stay last: Vim reads a word after it as its argument.
syntax keyword qdslOperatorWord and or not in where contains
syntax keyword qdslBoolean true false

syntax match qdslNumber '\<\d\+\(\.\d\+\)\=\>'
syntax match qdslOperator '==\|!=\|<=\|>=\|[<>=+*/-]\|\.\.'
syntax match qdslFunction '\<\h\w*\ze('
" `sample` before a name and a colon declares a sample variable; `optional` before its body (both contextual).
syntax match qdslDeclaration '^\s*\zssample\ze\s\+\h\w*\s*:'
syntax match qdslModifier '\<optional\ze\s*{'
" `count` right after a repeat's name is the driver's word, not the function.
syntax match qdslRepeatCount '\(\<repeat\s\+\h\w*\s\+\)\@<=count\>'
syntax match qdslLanguageTag '\<\a\{2,3}\(-\w\{1,8}\)*\ze\s\+"'
" `draft` in the languages line: the languages after it are still being translated (contextual).
syntax match qdslModifier '\(^\s*languages\s.*\)\@<=\<draft\>'

syntax match qdslEscape contained '\\\(["\\nt]\|u{\x\{1,6}}\)'
syntax match qdslBadEscape contained '\\[^"\\nt u]'
syntax match qdslPipe contained '{\h\w*\(\.\h\w*\)\=}'
syntax match qdslBrace contained '{{\|}}'
syntax region qdslTripleString start='"""' end='""""*' contains=qdslEscape,qdslBadEscape,qdslPipe,qdslBrace
syntax region qdslString start='"\("""\)\@!' skip='\\"' end='"\|$' oneline contains=qdslEscape,qdslBadEscape,qdslPipe,qdslBrace
syntax match qdslComment '#.*$' contains=@Spell

highlight default link qdslDeclaration Keyword
highlight default link qdslPart Statement
highlight default link qdslConditional Conditional
highlight default link qdslRepeat Repeat
highlight default link qdslRepeatCount Repeat
highlight default link qdslType Type
highlight default link qdslModifier StorageClass
highlight default link qdslOperatorWord Operator
highlight default link qdslBoolean Boolean
highlight default link qdslNumber Number
highlight default link qdslOperator Operator
highlight default link qdslFunction Function
highlight default link qdslLanguageTag Constant
highlight default link qdslEscape SpecialChar
highlight default link qdslBadEscape Error
highlight default link qdslPipe Identifier
highlight default link qdslBrace SpecialChar
highlight default link qdslString String
highlight default link qdslTripleString String
highlight default link qdslComment Comment

let b:current_syntax = 'qdsl'
