;; gongwen for Emacs 28+ with eglot (the README's config): text and Markdown buffers.
(require 'eglot)
(defvar gongwen-bin (or (getenv "GONGWEN_BIN")
                        (expand-file-name "../../bin/gongwen" (file-name-directory load-file-name))))
(add-to-list 'eglot-server-programs
             `((text-mode markdown-mode) . ("node" ,gongwen-bin "lsp")))
(add-hook 'text-mode-hook #'eglot-ensure)
