;;; emacs-e2e.el --- Emacs end-to-end test of editors/emacs (run by .ci/run) -*- lexical-binding: t; -*-

;; Opens Tests/editors/known-error.qdsl (a copy, QDSL_FILE) with editors/emacs on the load path and checks that
;; qdsl-mode turns on, that eglot connects to `qdsl lsp' (QDSL_BIN), and that the known QD2001 diagnostic
;; arrives through Flymake on line 22, that formatting through eglot gives the text of `qdsl fmt'; then that indentation and highlighting work, and that
;; `qdsl-format-buffer' without eglot gives the text of `qdsl fmt' (QDSL_FORMATTED). Exits 0 when every check
;; passes, 1 otherwise.

;;; Code:

(require 'package)
(package-initialize) ; Debian's elpa-eglot lives in /usr/share/emacs/site-lisp/elpa
(add-to-list 'load-path (expand-file-name "editors/emacs"))
(require 'qdsl-mode)
(require 'eglot)
(require 'flymake)

(defvar qdsl-e2e-failures 0)

(defun qdsl-e2e-check (ok what)
  "Report WHAT as passed when OK, as failed otherwise."
  (princ (format "%s: %s\n" (if ok "ok" "FAILED") what))
  (unless ok (setq qdsl-e2e-failures (1+ qdsl-e2e-failures))))

(defun qdsl-e2e-wait (seconds predicate)
  "Wait up to SECONDS for PREDICATE to return non-nil, serving process output; return its value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    value))

(condition-case err
    (progn
      (setq qdsl-program (getenv "QDSL_BIN"))
      (find-file (getenv "QDSL_FILE"))
      (qdsl-e2e-check (eq major-mode 'qdsl-mode) (format "qdsl-mode is on for .qdsl (got %s)" major-mode))
      (qdsl-e2e-check (equal (funcall (cdr (assoc 'qdsl-mode eglot-server-programs))) (list qdsl-program "lsp"))
                      "eglot-server-programs starts qdsl lsp")
      (apply #'eglot (eglot--guess-contact))
      (let ((server (qdsl-e2e-wait 20 (lambda () (eglot-current-server)))))
        (qdsl-e2e-check server "eglot connected to qdsl lsp")
        (when server
          (qdsl-e2e-check (equal (plist-get (eglot--server-info server) :name) "qdsl")
                          (format "the server is qdsl (got %S)" (eglot--server-info server)))))
      (let* ((diagnostics (qdsl-e2e-wait 20 (lambda () (flymake-diagnostics))))
             (d (car diagnostics))
             (text (and d (flymake-diagnostic-text d)))
             (lsp (and d (cdr (assq 'eglot-lsp-diag (flymake-diagnostic-data d)))))
             (code (or (and lsp (plist-get lsp :code)) (and text (string-match "QD[0-9]+" text) (match-string 0 text)))))
        (qdsl-e2e-check (= (length diagnostics) 1) (format "one diagnostic arrived (got %d)" (length diagnostics)))
        (qdsl-e2e-check (equal code "QD2001") (format "its code is QD2001 (got %S, text %S)" code text))
        (qdsl-e2e-check (and d (= (line-number-at-pos (flymake-diagnostic-beg d)) 22))
                        (format "it is on line 22 (got %s)" (and d (line-number-at-pos (flymake-diagnostic-beg d))))))
      ;; Formatting through eglot (textDocument/formatting) gives the text of qdsl fmt.
      (eglot-format-buffer)
      (qdsl-e2e-check (equal (buffer-string)
                             (with-temp-buffer (insert-file-contents (getenv "QDSL_FORMATTED")) (buffer-string)))
                      "eglot-format-buffer (the server's formatting) gives the text of qdsl fmt")
      (set-buffer-modified-p nil)
      (eglot-shutdown (eglot-current-server))
;; Formatting without eglot: through `qdsl fmt -'.
      (with-temp-buffer
        (insert-file-contents (getenv "QDSL_FILE"))
        (qdsl-mode)
        (qdsl-format-buffer)
        (qdsl-e2e-check (equal (buffer-string)
                               (with-temp-buffer (insert-file-contents (getenv "QDSL_FORMATTED")) (buffer-string)))
                        "qdsl-format-buffer gives the text of qdsl fmt"))
      ;; Indentation by brace depth, and highlighting.
      (with-temp-buffer
        (qdsl-mode)
        (insert "section s {\nquestion q: integer {\n      text \"Q {x}\" # c\n}\n}\n")
        (indent-region (point-min) (point-max))
        (qdsl-e2e-check (equal (buffer-string) "section s {\n  question q: integer {\n    text \"Q {x}\" # c\n  }\n}\n")
                        (format "indent-region indents by brace depth (got %S)" (buffer-string)))
        (font-lock-ensure)
        (goto-char (point-min))
        (search-forward "question")
        (qdsl-e2e-check (eq (get-text-property (match-beginning 0) 'face) 'font-lock-keyword-face)
                        "'question' is highlighted as a keyword")
        (search-forward "integer")
        (qdsl-e2e-check (eq (get-text-property (match-beginning 0) 'face) 'font-lock-type-face)
                        "'integer' is highlighted as a type")
        (search-forward "\"Q")
        (qdsl-e2e-check (eq (get-text-property (match-beginning 0) 'face) 'font-lock-string-face)
                        "a text is highlighted as a string")
        (search-forward "# c")
        (qdsl-e2e-check (memq (get-text-property (match-beginning 0) 'face)
                              '(font-lock-comment-face font-lock-comment-delimiter-face))
                        "a comment is highlighted as a comment")))
  (error (qdsl-e2e-check nil (format "the test ran without a Lisp error: %S" err))))

(kill-emacs (if (zerop qdsl-e2e-failures) 0 1))
;;; emacs-e2e.el ends here
