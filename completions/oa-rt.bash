
_clap_complete_oa_rt() {
    local IFS=$'\013'
    local _CLAP_COMPLETE_COMP_TYPE=${COMP_TYPE}
    if compopt +o nospace 2> /dev/null; then
        local _CLAP_COMPLETE_SPACE=false
    else
        local _CLAP_COMPLETE_SPACE=true
    fi
    # What bash replaces: the word before the cursor since the last break (= or :), empty right after one.
    local cur="${COMP_WORDS[COMP_CWORD]}"
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    elif [[ "$cur" =~ ^[=:]+$ ]]; then
        cur=""
    fi
    # bash splits words at COMP_WORDBREAKS (= and :): join the pieces that touch on the command line, so that
    # oa-rt sees the words it parses (`--emulator=up`), up to the cursor.
    local line="${COMP_LINE:0:COMP_POINT}" pos=0 end=-1 i w
    local -a words=()
    for (( i = 0; i <= COMP_CWORD; i++ )); do
        w="${COMP_WORDS[i]}"
        while [[ "${line:pos:1}" == [[:space:]] ]]; do (( pos++ )); done
        (( i == COMP_CWORD )) && w="${line:pos}"
        if (( ${#words[@]} > 0 && pos == end )); then
            words[${#words[@]}-1]+="$w"
        else
            words+=("$w")
        fi
        (( pos += ${#w} ))
        end=$pos
    done
    local joined="${words[${#words[@]}-1]}"
    local cut="${joined:0:${#joined}-${#cur}}"
    COMPREPLY=( $( \
        _CLAP_IFS="$IFS" \
        _CLAP_COMPLETE_INDEX="$(( ${#words[@]} - 1 ))" \
        _CLAP_COMPLETE_COMP_TYPE="$_CLAP_COMPLETE_COMP_TYPE" \
        _CLAP_COMPLETE_SPACE="$_CLAP_COMPLETE_SPACE" \
        COMPLETE="bash" \
        "oa-rt" -- "${words[@]}" 2> /dev/null \
    ) )
    if [[ $? != 0 ]]; then
        unset COMPREPLY
        return
    fi
    if [[ -n "$cut" ]]; then
        for i in "${!COMPREPLY[@]}"; do
            COMPREPLY[i]="${COMPREPLY[i]#"$cut"}"
        done
    fi
    if [[ $_CLAP_COMPLETE_SPACE == false ]] && [[ "${COMPREPLY-}" =~ [=/:]$ ]]; then
        compopt -o nospace
    fi
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -o nospace -o bashdefault -o nosort -F _clap_complete_oa_rt oa-rt
else
    complete -o nospace -o bashdefault -F _clap_complete_oa_rt oa-rt
fi

