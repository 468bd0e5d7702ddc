# A bank simulation: accounts, transfers, overdraft rules, interest, and an audit log.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, acct, amount):
        super().__init__("account %s: cannot withdraw %d (balance %d)" % (acct.number, amount, acct.balance))
        self.shortfall = amount - acct.balance


class AccountFrozen(BankError):
    pass


class Account:
    _next = 1000

    def __init__(self, owner, balance=0):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen("account %d is frozen" % self.number)

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.limit():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def limit(self):
        return self.balance

    def month_end(self):
        pass

    def __repr__(self):
        return "<%s %d %s: %d>" % (type(self).__name__, self.number, self.owner, self.balance)


class Checking(Account):
    OVERDRAFT = 100
    FEE = 15

    def limit(self):
        return self.balance + self.OVERDRAFT

    def month_end(self):
        if self.balance < 0:
            self.balance -= self.FEE
            self.history.append(("fee", self.FEE))


class Savings(Account):
    RATE_BP = 125  # basis points per month

    def month_end(self):
        interest = self.balance * self.RATE_BP // 10000
        if interest:
            self.balance += interest
            self.history.append(("int", interest))


class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, initial=0):
        a = cls(owner, initial)
        self.accounts[a.number] = a
        self.log.append("open %d" % a.number)
        return a

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except BankError:
                a.deposit(amount)  # roll back
                raise
        except InsufficientFunds as e:
            self.log.append("transfer %d->%d failed short %d" % (src, dst, e.shortfall))
            return False
        except AccountFrozen as e:
            self.log.append("transfer %d->%d failed: %s" % (src, dst, e))
            return False
        else:
            self.log.append("transfer %d->%d %d" % (src, dst, amount))
            return True
        finally:
            self.log.append("audit %d=%d %d=%d" % (src, a.balance, dst, b.balance))

    def month_end(self):
        for n in sorted(self.accounts):
            self.accounts[n].month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def richest(self):
        return max(self.accounts.values(), key=lambda a: a.balance)


bank = Bank()
alice = bank.open(Checking, "alice", 50)
bob = bank.open(Savings, "bob", 10000)
carol = bank.open(Checking, "carol")
print(alice, bob, carol)
print(bank.transfer(alice.number, carol.number, 120))
print(bank.transfer(alice.number, carol.number, 100))
print(bank.transfer(bob.number, alice.number, 2500))
carol.frozen = True
print(bank.transfer(bob.number, carol.number, 1))
print(bank.transfer(carol.number, bob.number, 1))
carol.frozen = False
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    bob.withdraw(10 ** 6)
except BankError as e:
    print(type(e).__name__, e, e.shortfall)
for month in range(3):
    bank.month_end()
    print("month", month + 1, [a.balance for a in sorted(bank.accounts.values(), key=lambda a: a.number)], bank.total())
alice.withdraw(2500)
bank.month_end()
print(alice, alice.history)
print(bob.history)
print(bank.richest().owner)
for line in bank.log:
    print(line)
