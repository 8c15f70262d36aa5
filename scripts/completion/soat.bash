# bash completion for soat
_soat() {
    local cur prev cmd i
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    cmd=
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) cmd=${COMP_WORDS[i]}; break ;;
        esac
    done
    if [[ -z $cmd ]]; then
        COMPREPLY=($(compgen -W "check extract annotate fix explain rules init lsp serve --help --version" -- "$cur"))
        return
    fi
    case $prev in
        -f|--format)
            if [[ $cmd == extract ]]; then
                COMPREPLY=($(compgen -W "text json" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "text gcc json sarif junit github rdjson" -- "$cur"))
            fi
            return ;;
        --profile) COMPREPLY=($(compgen -W "draft final" -- "$cur")); return ;;
        --fail-on) COMPREPLY=($(compgen -W "error warning info never" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "vi en" -- "$cur")); return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --enable|--disable) COMPREPLY=($(compgen -W "time numbers text structure hygiene" -- "$cur")); return ;;
        -o|--output|--config|--baseline|--write-baseline) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -j|--jobs|--port|--host|--max-upload-mb|--max-requests|--timeout|--token|--allow-origin|--include|--exclude|--stdin-name)
            return ;;
    esac
    local opts
    case $cmd in
        check) opts="--format -f --output -o --config --profile --enable --disable --fail-on --baseline --write-baseline --jobs -j --lang --color --quiet -q --include --exclude --stdin-name --help" ;;
        extract) opts="--stdin-name --format --components --help" ;;
        annotate|fix) opts="--output -o --config --profile --lang --enable --disable --help" ;;
        explain)
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$(soat rules 2>/dev/null | awk '{print $1}')" -- "$cur"))
                return
            fi
            opts="--lang --help" ;;
        rules) opts="--lang --help" ;;
        init) opts="--force --help" ;;
        lsp) opts="--stdio --help" ;;
        serve) opts="--host --port --jobs -j --max-upload-mb --max-requests --timeout --config --token --allow-origin --help" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}
complete -o filenames -F _soat soat
