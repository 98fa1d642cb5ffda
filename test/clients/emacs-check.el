;; A by-hand check of the server in Emacs + eglot, as in the README:
;;   HOME=$(mktemp -d) emacs --batch -l test/clients/emacs-check.el test/fixtures/samples/drafts/half-year-summary-b.txt
(load-file (expand-file-name "emacs-init.el" (file-name-directory load-file-name)))
(find-file (car command-line-args-left))
(run-hooks 'post-command-hook) ; eglot-ensure connects from this hook, which batch mode never runs
(let ((deadline (+ (float-time) 20)))
  (while (and (< (float-time) deadline) (< (length (flymake-diagnostics)) 90))
    (accept-process-output nil 0.2)
    (run-hooks 'post-command-hook)))
(message "diagnostics: %d" (length (flymake-diagnostics)))
(when (flymake-diagnostics) (message "first: %s" (flymake-diagnostic-text (car (flymake-diagnostics)))))
(kill-emacs (if (> (length (flymake-diagnostics)) 90) 0 1))
