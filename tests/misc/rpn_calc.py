def rpn(expr):
    st = []
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a // b}
    for tok in expr.split():
        if tok in ops:
            b = st.pop()
            a = st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(int(tok))
    return st[0]
for e in ['3 4 +', '5 1 2 + 4 * + 3 -', '2 3 4 * -', '100 7 /']:
    print(e, '=', rpn(e))
