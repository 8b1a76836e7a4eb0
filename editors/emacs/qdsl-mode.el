;;; qdsl-mode.el --- Major mode for qdsl survey questionnaires -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages
;; URL: see editors/emacs/README.md in the qdsl repository

;;; Commentary:

;; Highlighting and indentation for .qdsl files, and the qdsl language server (`qdsl lsp') through eglot:
;; diagnostics, completion, hover, go to definition, rename and formatting in the layout of `qdsl fmt'.
;; The keyword lists follow Sources/QDSLSyntax/TokenKind.swift.

;;; Code:

(defgroup qdsl nil
  "Survey questionnaires as code."
  :group 'languages
  :prefix "qdsl-")

(defcustom qdsl-program "qdsl"
  "The qdsl program: a name found on `exec-path' or a full path."
  :type 'string
  :group 'qdsl)

(defcustom qdsl-indent-offset 2
  "Columns of indentation per level of braces (qdsl fmt uses 2)."
  :type 'integer
  :group 'qdsl)

(defconst qdsl-declaration-keywords
  '("survey" "module" "use" "include" "version" "languages" "title" "choices" "section" "repeat" "question" "grid" "calculate" "note"
    "end" "paradata"))
(defconst qdsl-part-keywords '("text" "hint" "check" "rows" "specify" "description" "soft"))
(defconst qdsl-control-keywords '("if" "else" "for" "each" "while"))
(defconst qdsl-type-keywords '("integer" "decimal" "date" "time" "datetime" "one" "many" "rank" "of" "max"))
(defconst qdsl-modifier-keywords '("required" "exclusive" "missing" "fixed" "shuffle" "default"))
(defconst qdsl-operator-keywords '("and" "or" "not" "in" "contains" "where"))
(defconst qdsl-constant-keywords '("true" "false"))

(defvar qdsl-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?# "<" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?\\ "\\" table)
    (modify-syntax-entry ?_ "_" table)
    (modify-syntax-entry ?{ "(}" table)
    (modify-syntax-entry ?} "){" table)
    (modify-syntax-entry ?\[ "(]" table)
    (modify-syntax-entry ?\] ")[" table)
    (modify-syntax-entry ?\( "()" table)
    (modify-syntax-entry ?\) ")(" table)
    (dolist (c '(?- ?+ ?* ?/ ?= ?< ?> ?! ?. ?, ?:))
      (modify-syntax-entry c "." table))
    table)
  "Syntax table of `qdsl-mode'.")

(defvar qdsl-font-lock-keywords
  `((,(regexp-opt qdsl-declaration-keywords 'symbols) . font-lock-keyword-face)
    (,(regexp-opt qdsl-part-keywords 'symbols) . font-lock-builtin-face)
    (,(regexp-opt qdsl-control-keywords 'symbols) . font-lock-keyword-face)
    (,(regexp-opt qdsl-type-keywords 'symbols) . font-lock-type-face)
    (,(regexp-opt qdsl-modifier-keywords 'symbols) . font-lock-preprocessor-face)
    (,(regexp-opt qdsl-operator-keywords 'symbols) . font-lock-keyword-face)
    (,(regexp-opt qdsl-constant-keywords 'symbols) . font-lock-constant-face)
    ;; The name a declaration introduces.
    (,(concat (regexp-opt '("survey" "choices" "section" "repeat" "question" "grid" "calculate" "note") 'symbols)
              "[ \t]+\\([A-Za-z_][A-Za-z0-9_]*\\)")
     2 font-lock-variable-name-face)
    ;; `sample' before a name and a colon declares a sample variable; `optional' before its body (both contextual).
    ("^[ \t]*\\(sample\\)[ \t]+\\([A-Za-z_][A-Za-z0-9_]*\\)[ \t]*:"
     (1 font-lock-keyword-face) (2 font-lock-variable-name-face))
    ("\\_<\\(optional\\)[ \t]*{" 1 font-lock-preprocessor-face)
    ;; `draft' in the languages line: the languages after it are still being translated (contextual).
    ("^[ \t]*languages[ \t].*\\_<\\(draft\\)\\_>" 1 font-lock-preprocessor-face)
    ;; `count' right after a repeat's name is the driver's word, not the function.
    ("\\_<repeat[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]+\\(count\\)\\_>" 1 font-lock-keyword-face)
    ;; A translation's language tag: a tag followed by a string.
    ("\\_<\\([A-Za-z]\\{2,3\\}\\(?:-[A-Za-z0-9]\\{1,8\\}\\)*\\)[ \t]+\"" 1 font-lock-constant-face)
    ;; Function calls.
    ("\\_<\\([A-Za-z_][A-Za-z0-9_]*\\)(" 1 font-lock-function-name-face)
    ;; {pipes} inside texts.
    ("{[A-Za-z_][A-Za-z0-9_]*\\(?:\\.[A-Za-z_][A-Za-z0-9_]*\\)?}" 0 font-lock-variable-name-face prepend)
    ("\\_<[0-9]+\\(?:\\.[0-9]+\\)?\\_>" . font-lock-constant-face))
  "Highlighting of `qdsl-mode'.")

(defun qdsl-indent-line ()
  "Indent the current line by its depth in braces; a line starting with `}' one level less."
  (interactive)
  (let* ((ppss (save-excursion (syntax-ppss (line-beginning-position))))
         (depth (car ppss)))
    (unless (nth 3 ppss) ; inside a triple-quoted text: leave the line alone
      (save-excursion
        (back-to-indentation)
        (when (looking-at "[]})]") (setq depth (1- depth))))
      (let ((offset (- (current-column) (current-indentation))))
        (indent-line-to (* qdsl-indent-offset (max 0 depth)))
        (when (> offset 0) (forward-char offset))))))

(defun qdsl-format-buffer ()
  "Format the buffer in the layout of `qdsl fmt', through the language server when eglot runs."
  (interactive)
  (if (and (fboundp 'eglot-managed-p) (eglot-managed-p))
      (eglot-format-buffer)
    (let ((out (generate-new-buffer " *qdsl fmt*"))
          (point (point)))
      (unwind-protect
          (if (zerop (call-process-region (point-min) (point-max) qdsl-program nil (list out nil) nil "fmt" "-"))
              (progn (replace-buffer-contents out) (goto-char point))
            (message "qdsl fmt: the file has syntax errors; run qdsl check"))
        (kill-buffer out)))))

;;;###autoload
(define-derived-mode qdsl-mode prog-mode "qdsl"
  "Major mode for qdsl survey questionnaires."
  :syntax-table qdsl-mode-syntax-table
  (setq-local comment-start "# ")
  (setq-local comment-start-skip "#+[ \t]*")
  (setq-local comment-end "")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width qdsl-indent-offset)
  (setq-local indent-line-function #'qdsl-indent-line)
  (setq-local electric-indent-chars (append '(?}) electric-indent-chars))
  (setq-local font-lock-defaults '(qdsl-font-lock-keywords)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.qdsl\\'" . qdsl-mode))

(defun qdsl-eglot-contact (&rest _)
  "The command eglot starts for qdsl buffers."
  (list qdsl-program "lsp"))

;;;###autoload
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(qdsl-mode . qdsl-eglot-contact)))

(provide 'qdsl-mode)
;;; qdsl-mode.el ends here
